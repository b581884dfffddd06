import { getImageProps } from "next/image";

type Props = {
  src: string;
  width: number;
  height: number;
  alt: string;
  sizes: string;
  eager?: boolean;
  className?: string;
  testId?: string;
};

/**
 * A stored image through next/image's optimiser (resized to the sizes the layout asks for, as
 * WebP), rendered as a plain <img> without the inline `style` next/image adds, so a strict
 * Content-Security-Policy (no inline styles) has nothing to block: the classes do that job.
 */
export function ShopImage({ src, width, height, alt, sizes, eager = false, className, testId }: Props) {
  const { props } = getImageProps({
    src,
    width,
    height,
    alt,
    sizes,
    loading: eager ? "eager" : "lazy",
    fetchPriority: eager ? "high" : undefined,
    // The eager picture is the page's largest paint: decoded with the frame it is laid out in,
    // rather than shown a frame later, when the page's scripts may hold the main thread.
    decoding: eager ? "sync" : "async",
  });
  const { style: _inlineStyle, ...attributes } = props;
  // next/image's own <Image> would add the inline style; these are its props without it.
  // eslint-disable-next-line @next/next/no-img-element
  return <img {...attributes} alt={alt} className={className} data-testid={testId} />;
}
