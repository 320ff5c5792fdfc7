/** Opening and closing paragraphs have no lead sentence; every numbered section needs one. */
export function headingRequired(kind: string): boolean {
  return kind !== "OPENING" && kind !== "CLOSING";
}
