import { z } from "@medusajs/framework/zod"

export const StoreCatalogueChangesQuery = z.strictObject({
  after: z
    .string()
    .regex(/^\d{1,19}$/, "after: kursor dari jawaban sebelumnya / the cursor of the previous answer")
    .optional(),
})

export type StoreCatalogueChangesQueryType = z.infer<typeof StoreCatalogueChangesQuery>
