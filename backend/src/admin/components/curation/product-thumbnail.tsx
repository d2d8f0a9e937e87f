/** A fixed-size product picture; a grey box keeps rows aligned when there is none. */
export const ProductThumbnail = ({ src, size = 40 }: { src: string | null; size?: number }) => {
  // A table cell squeezes images to its content width: the minimum keeps the square.
  const style = { width: size, height: size, minWidth: size }
  if (!src) {
    return <div className="bg-ui-bg-component border-ui-border-base rounded-md border" style={style} />
  }
  return <img src={src} alt="" className="border-ui-border-base shrink-0 rounded-md border object-cover" style={style} />
}
