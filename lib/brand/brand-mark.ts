// The shop's generated mark (a rounded square with three stock lines), for the header, the
// favicon and link previews until the operator uploads a logo. Drawn from shapes only.

/** The mark's shapes on a 32x32 grid; `fill` colours the square, the lines are white. */
export function brandMarkShapes(fill: string): string {
  return `<rect width="32" height="32" rx="8" fill="${fill}"/><rect x="8" y="9" width="16" height="3" rx="1.5" fill="#fff"/><rect x="8" y="14.5" width="12" height="3" rx="1.5" fill="#fff" fill-opacity=".85"/><rect x="8" y="20" width="8" height="3" rx="1.5" fill="#fff" fill-opacity=".7"/>`;
}

export function brandMarkSvg(fill: string, size = 32): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">${brandMarkShapes(fill)}</svg>`;
}
