// Pure helpers of the report editor: guessing, binding and tidying figures in text.
export { bindTemplateBlanks, type BoundTemplate, type TemplateMetric } from "./bind-template-blanks";
export { FIGURE_UNITS, matchUnitAt } from "./figure-units";
export { guessFigure, type FigureGuess } from "./guess-figure";
export { findRepeatedUnits, stripRepeatedUnits, type RepeatedUnit, type UnitLookup } from "./repeated-unit";
export { suggestMetricKey } from "./suggest-metric-key";
