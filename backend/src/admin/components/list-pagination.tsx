import { Table } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { NS } from "../i18n/namespace"

type Props = {
  count: number
  pageSize: number
  offset: number
  /** What the list counts, in the admin's language, e.g. t("pagination.products"). */
  noun: string
  onOffsetChange: (offset: number) => void
}

/** Medusa's table pagination in the admin's language, for a list the API pages by offset. */
export const ListPagination = ({ count, pageSize, offset, noun, onOffsetChange }: Props) => {
  const { t } = useTranslation(NS)
  const pageIndex = Math.floor(offset / pageSize)
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={pageIndex}
      pageCount={pageCount}
      canPreviousPage={pageIndex > 0}
      canNextPage={pageIndex + 1 < pageCount}
      previousPage={() => onOffsetChange(Math.max(0, offset - pageSize))}
      nextPage={() => onOffsetChange(offset + pageSize)}
      translations={{ of: t("pagination.of"), results: noun, pages: t("pagination.pages"), prev: t("pagination.previous"), next: t("pagination.next") }}
    />
  )
}
