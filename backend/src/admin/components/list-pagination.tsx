import { Table } from "@medusajs/ui"

type Props = {
  count: number
  pageSize: number
  offset: number
  /** What the list counts, e.g. "produk". */
  noun: string
  onOffsetChange: (offset: number) => void
}

/** Medusa's table pagination in Indonesian, for a list the API pages by offset. */
export const ListPagination = ({ count, pageSize, offset, noun, onOffsetChange }: Props) => {
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
      translations={{ of: "dari", results: noun, pages: "halaman", prev: "Sebelumnya", next: "Berikutnya" }}
    />
  )
}
