import { Module } from "@medusajs/framework/utils"
import ProductReviewModuleService from "./service"

/** Buyers' reviews of products they received, and the coordinators' moderation of them. */
export const PRODUCT_REVIEW_MODULE = "productReview"

export default Module(PRODUCT_REVIEW_MODULE, { service: ProductReviewModuleService })
