// The space between a sentence and what follows it (a link, a value). Chinese full-width
// punctuation (？：。！) carries its own space, so none is added after it.
export function gapAfter(text: string): string {
  return /[\u3000-\u303f\uff00-\uffef]$/.test(text) ? "" : " ";
}
