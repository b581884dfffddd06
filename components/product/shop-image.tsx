import { getImageProps } from "next/image";

/** How wide the layout shows it (a `sizes` list): the srcset offers every width the optimiser makes. */
type LaidOut = { sizes: string; displayWidth?: never };
/** The CSS pixels it is always shown at: the srcset has a 1x and a 2x candidate only. */
type FixedSize = { displayWidth: number; sizes?: never };

type Props = {
  src: string;
  width: number;
  height: number;
  alt: string;
  eager?: boolean;
  className?: string;
  testId?: string;
} & (LaidOut | FixedSize);

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
