import { getImageProps } from "next/image";

type Props = {
  src: string;
  width: number;
  height: number;
  alt: string;
  /** How wide the layout shows it (a `sizes` list; the srcset then offers every width the optimiser makes)... */
  sizes?: string;
  /** ...or the CSS pixels it is shown at, always: the srcset then has a 1x and a 2x candidate only. */
  displayWidth?: number;
  eager?: boolean;
  className?: string;
  testId?: string;
};

/** The CSS width a picture covering a fixed box (object-cover) is drawn at: wider than the box when the picture is wider than it. */
export function coverWidth(box: { width: number; height: number }, image: { width: number; height: number }): number {
  return Math.ceil(Math.max(box.width, (box.height * image.width) / image.height));
}

/**
 * A stored image through next/image's optimiser (resized to the sizes the layout asks for, as
 * WebP), rendered as a plain <img> without the inline `style` next/image adds, so a strict
 * Content-Security-Policy (no inline styles) has nothing to block: the classes do that job.
 */
export function ShopImage({ src, width, height, alt, sizes, displayWidth, eager = false, className, testId }: Props) {
  const { props } = getImageProps({
    src,
    ...(displayWidth ? { width: displayWidth, height: Math.round((displayWidth * height) / width) } : { width, height, sizes }),
    alt,
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
