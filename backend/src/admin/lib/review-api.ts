import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type ReviewStatus = "pending" | "approved" | "rejected"

export type AdminReview = {
  id: string
  reviewer_name: string
  rating: number
  body: string | null
  status: ReviewStatus
  created_at: string
  moderated_at: string | null
  moderated_by_name: string | null
  moderation_note: string | null
  product: { id: string; title: string; handle: string } | null
  order_id: string
  order_display_id: number | null
}

export const REVIEW_PAGE_SIZE = 20

const reviewKeys = {
  all: ["ok-oce-reviews"] as const,
  list: (status: ReviewStatus, offset: number) => [...reviewKeys.all, status, offset] as const,
}

export const useReviews = (status: ReviewStatus, offset: number) =>
  useQuery({
    queryKey: reviewKeys.list(status, offset),
    queryFn: () =>
      sdk.client.fetch<{ reviews: AdminReview[]; count: number }>("/admin/reviews", { method: "GET", query: { status, limit: REVIEW_PAGE_SIZE, offset } }),
    placeholderData: (previous) => previous,
  })

/** Approves a review, or rejects it with a note; every list refreshes after. */
export function useModerateReview(reviewId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { status: "approved" | "rejected"; note?: string }) =>
      sdk.client.fetch<{ review: AdminReview }>(`/admin/reviews/${reviewId}`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  })
}
