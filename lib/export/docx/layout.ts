/**
 * GB/T 9704-2012 page geometry and type sizes, in the units WordprocessingML uses
 * (twips = 1/20 pt = 1/1440 inch; run sizes in half-points).
 */

const TWIPS_PER_MM = 1440 / 25.4;
export const mmToTwips = (mm: number): number => Math.round(mm * TWIPS_PER_MM);

/** A4 portrait. */
export const PAGE_WIDTH = 11906;
export const PAGE_HEIGHT = 16838;

/** Text block (版心) 156 × 225 mm. */
export const TEXT_WIDTH = mmToTwips(156); // 8844
export const TEXT_HEIGHT = mmToTwips(225); // 12756

/** 天头 37 mm, 订口 28 mm; the other two follow from the text block (≈ 35 mm and ≈ 26 mm). */
export const MARGIN_TOP = mmToTwips(37); // 2098
export const MARGIN_LEFT = mmToTwips(28); // 1587
export const MARGIN_RIGHT = PAGE_WIDTH - MARGIN_LEFT - TEXT_WIDTH; // 1475 (26.0 mm)
export const MARGIN_BOTTOM = PAGE_HEIGHT - MARGIN_TOP - TEXT_HEIGHT; // 1984 (35.0 mm)

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Line pitch: 225 mm / 22 lines = 28.99 pt → 579 twips (28.95 pt); 22 × 579 ≤ text height. */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE); // 579

/** Point sizes of the Chinese 号 used here. */
export const SIZE_PT = {
  /** 2号 */ title: 22,
  /** 3号 */ body: 16,
  /** 4号 */ pageNumber: 14,
  /** 小五 */ verification: 9,
} as const;

/** Character pitch: 156 mm / 28 = 15.79 pt, in twips (315.86). */
export const CHAR_PITCH_TWIPS = TEXT_WIDTH / CHARS_PER_LINE;

/**
 * w:docGrid/@w:charSpace: (character pitch − Normal font size) in points × 4096, rounded down so
 * that 28 characters always fit (ECMA-376 17.6.5). For 3号 body text: (15.793 − 16) × 4096 → −849.
 */
export const GRID_CHAR_SPACE = Math.floor((CHAR_PITCH_TWIPS / 20 - SIZE_PT.body) * 4096);

/**
 * Horizontal glyph scale (w:w, percent) of 3号 text: 16 pt × 98 % = 15.68 pt per full-width
 * character, so 28 fit in the 156 mm line (28 × 15.68 = 439 pt ≤ 442 pt; 29 do not).
 *
 * Why not rely on the grid alone: Word spaces characters by the grid pitch (15.79 pt), but
 * LibreOffice's DOCX import snaps each CJK character to absolute grid cells — a 16 pt character
 * needs two 15.79 pt cells (14 a line), and even when it fits one, an odd number of half-width
 * digits leaves a half-cell gap ("4 支"). So the generated paragraphs opt out of the character
 * grid (w:snapToGrid=0, see build-docx) and get their 28 characters from this scale and their 22
 * lines from the exact line pitch; the section still declares the 22 × 28 grid for Word.
 * (A negative w:spacing of −0.25 pt was tried first: LibreOffice 7.4 measures it inconsistently
 * while breaking lines.)
 */
export const BODY_GLYPH_SCALE = Math.floor((CHAR_PITCH_TWIPS / (SIZE_PT.body * 20)) * 100); // 98

/** Advance of one full-width 3号 character as laid out (15.68 pt), in twips. */
export const BODY_CHAR_TWIPS = (SIZE_PT.body * 20 * BODY_GLYPH_SCALE) / 100; // 313.6

/** Indents measured in body characters (字), in twips. */
export const charsToTwips = (chars: number): number => Math.round(chars * BODY_CHAR_TWIPS);

/**
 * Footer distance from the bottom edge. The page number line (— 1 —) should sit 7 mm below the
 * text block, i.e. its em dashes about 28 mm above the bottom edge. The footer paragraph has an
 * exact line height of FOOTER_LINE (18 pt); its middle is placed at ≈ 28 mm → bottom at ≈ 24.8 mm.
 */
export const FOOTER_LINE = 360;
export const FOOTER_DISTANCE = mmToTwips(28) - FOOTER_LINE / 2; // 1407
export const HEADER_DISTANCE = mmToTwips(15);
