// The picture of a product without one of its own: drawn from its category (a colour taken
// from the category's slug, its first character, a stack of "stock lines"), so a catalogue
// without photos still looks deliberate and every product of a category looks related.

/** A hue (0-359) that a slug always maps to. */
export function hueOf(slug: string): number {
  let hash = 0;
  for (const char of slug) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 360;
}

export function CategoryArt({ slug, label, className }: { slug: string | null; label: string | null; className?: string }) {
  const hue = slug ? hueOf(slug) : 220;
  const saturation = slug ? 70 : 12;
  const initial = label ? [...label.trim()][0]?.toUpperCase() : undefined;
  const id = `art-${slug ?? "none"}`;
  return (
    <svg
      viewBox="0 0 400 300"
      className={className}
      aria-hidden="true"
      focusable="false"
      data-testid="category-art"
      preserveAspectRatio="xMidYMid slice"
    >
      <defs>
        <linearGradient id={id} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor={`hsl(${hue} ${saturation}% 94%)`} />
          <stop offset="1" stopColor={`hsl(${(hue + 30) % 360} ${saturation}% 80%)`} />
        </linearGradient>
      </defs>
      <rect width="400" height="300" fill={`url(#${id})`} />
      <circle cx="350" cy="40" r="90" fill="#fff" fillOpacity=".3" />
      <rect x="120" y="80" width="160" height="140" rx="18" fill="#fff" fillOpacity=".9" />
      <rect x="146" y="172" width="108" height="10" rx="5" fill={`hsl(${hue} ${saturation}% 35%)`} fillOpacity=".75" />
      <rect x="146" y="192" width="70" height="10" rx="5" fill={`hsl(${hue} ${saturation}% 35%)`} fillOpacity=".4" />
      {initial ? (
        <text x="200" y="150" textAnchor="middle" fontSize="56" fontWeight="700" fill={`hsl(${hue} ${saturation}% 30%)`}>
          {initial}
        </text>
      ) : (
        <rect x="170" y="110" width="60" height="40" rx="8" fill={`hsl(${hue} ${saturation}% 35%)`} fillOpacity=".6" />
      )}
    </svg>
  );
}
