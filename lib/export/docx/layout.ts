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
 * Run character spacing (w:spacing, twips) that makes a 16 pt full-width glyph advance by at most
 * one grid pitch. Word applies the grid pitch itself; LibreOffice's DOCX import does not compress
 * characters to the grid (it would fit only 27 characters of 16 pt into 156 mm), so runs of
 * 3号 text carry this small negative tracking: 16 pt − 0.25 pt = 15.75 pt ≤ 15.79 pt.
 */
export const BODY_CHAR_SPACING = Math.floor(CHAR_PITCH_TWIPS - SIZE_PT.body * 20); // −5 twips

/** Indents measured in body characters (字), in twips, matched to the grid pitch. */
export const charsToTwips = (chars: number): number => Math.floor(chars * CHAR_PITCH_TWIPS);

/**
 * Footer distance from the bottom edge. The page number line (— 1 —) should sit 7 mm below the
 * text block, i.e. its em dashes about 28 mm above the bottom edge. The footer paragraph has an
 * exact line height of FOOTER_LINE (18 pt); its middle is placed at ≈ 28 mm → bottom at ≈ 24.8 mm.
 */
export const FOOTER_LINE = 360;
export const FOOTER_DISTANCE = mmToTwips(28) - FOOTER_LINE / 2; // 1407
export const HEADER_DISTANCE = mmToTwips(15);
