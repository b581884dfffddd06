// The demo catalogue's pictures: flat illustrations drawn here as SVG (shapes only, no text or
// fonts, no third-party artwork), so the project can ship them under its own licence. The seed
// renders them to PNG and stores them through the same pipeline as an operator's upload.
// The sold-out demo product has none on purpose: it shows the generated category fallback.

type Palette = { from: string; to: string; ink: string };

const palettes: Record<string, Palette> = {
  mailboxes: { from: "#dbeafe", to: "#93c5fd", ink: "#1d4ed8" },
  "licence-keys": { from: "#ede9fe", to: "#c4b5fd", ink: "#6d28d9" },
  "gift-codes": { from: "#ffe4e6", to: "#fda4af", ink: "#be123c" },
  subscriptions: { from: "#ccfbf1", to: "#5eead4", ink: "#0f766e" },
};

// Each motif is drawn around the centre (400, 300) of an 800x600 canvas.
const motifs = {
  envelope: (ink: string) => `
    <rect x="250" y="195" width="300" height="210" rx="26" fill="#fff"/>
    <path d="M272 222 L400 318 L528 222" fill="none" stroke="${ink}" stroke-width="18" stroke-linecap="round" stroke-linejoin="round"/>
    <path d="M272 382 L362 300 M528 382 L438 300" stroke="${ink}" stroke-opacity=".35" stroke-width="12" stroke-linecap="round"/>
    <circle cx="548" cy="200" r="34" fill="${ink}"/><path d="M533 200 l10 10 l20 -22" fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>`,
  lines: (ink: string) => `
    <rect x="220" y="170" width="360" height="260" rx="26" fill="#fff"/>
    ${[0, 1, 2, 3]
      .map(
        (i) => `<circle cx="262" cy="${218 + i * 56}" r="12" fill="${ink}" fill-opacity="${1 - i * 0.2}"/>
    <rect x="290" y="${208 + i * 56}" width="${150 - (i % 2) * 30}" height="20" rx="10" fill="${ink}" fill-opacity=".85"/>
    <rect x="${452 - (i % 2) * 30}" y="${208 + i * 56}" width="${90 + (i % 2) * 30}" height="20" rx="10" fill="${ink}" fill-opacity=".3"/>`,
      )
      .join("")}`,
  key: (ink: string) => `
    <circle cx="310" cy="300" r="78" fill="#fff"/>
    <circle cx="310" cy="300" r="30" fill="${ink}" fill-opacity=".2"/>
    <rect x="370" y="278" width="190" height="44" rx="14" fill="#fff"/>
    <rect x="486" y="310" width="26" height="54" rx="8" fill="#fff"/>
    <rect x="528" y="310" width="26" height="38" rx="8" fill="#fff"/>
    <circle cx="310" cy="300" r="78" fill="none" stroke="${ink}" stroke-width="14"/>
    <rect x="394" y="292" width="150" height="16" rx="8" fill="${ink}"/>`,
  gift: (ink: string) => `
    <rect x="230" y="200" width="340" height="210" rx="24" fill="#fff"/>
    <rect x="360" y="200" width="40" height="210" fill="${ink}"/>
    <rect x="230" y="282" width="340" height="34" fill="${ink}" fill-opacity=".85"/>
    <path d="M380 200 C 330 130, 270 170, 318 205 Z M380 200 C 430 130, 490 170, 442 205 Z" fill="${ink}"/>
    <circle cx="490" cy="365" r="14" fill="${ink}" fill-opacity=".3"/><circle cx="526" cy="365" r="14" fill="${ink}" fill-opacity=".3"/>`,
  play: (ink: string) => `
    <rect x="220" y="180" width="360" height="230" rx="28" fill="#fff"/>
    <circle cx="400" cy="295" r="64" fill="${ink}"/>
    <path d="M382 262 L436 295 L382 328 Z" fill="#fff" stroke="#fff" stroke-width="8" stroke-linejoin="round"/>
    <rect x="300" y="430" width="200" height="16" rx="8" fill="#fff" fill-opacity=".9"/>`,
} as const;

export type DemoMotif = keyof typeof motifs;

/** One 800x600 illustration: the category's gradient, soft shapes, the motif in the middle. */
export function demoArtSvg(category: string, motif: DemoMotif): string {
  const { from, to, ink } = palettes[category] ?? palettes.mailboxes!;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600" viewBox="0 0 800 600">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="800" height="600" fill="url(#bg)"/>
  <circle cx="700" cy="90" r="150" fill="#fff" fill-opacity=".25"/>
  <circle cx="90" cy="540" r="190" fill="${ink}" fill-opacity=".08"/>
  <rect x="60" y="60" width="120" height="14" rx="7" fill="#fff" fill-opacity=".6"/>
  <rect x="60" y="86" width="70" height="14" rx="7" fill="#fff" fill-opacity=".4"/>
  ${motifs[motif](ink)}
</svg>`;
}

/** Which pictures each demo product gets, by slug (the first is its cover). */
export const demoProductImages: Record<string, { category: string; motifs: DemoMotif[] }> = {
  "demo-mailbox-account": { category: "mailboxes", motifs: ["envelope", "lines"] },
  "office-suite-licence": { category: "licence-keys", motifs: ["key"] },
  "gift-code-100": { category: "gift-codes", motifs: ["gift"] },
  "streaming-month": { category: "subscriptions", motifs: ["play", "lines"] },
};
