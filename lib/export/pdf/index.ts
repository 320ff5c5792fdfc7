export {
  convertDocxToPdf,
  defaultFontconfigFile,
  converterAvailable,
  findConverter,
  PdfConversionError,
  PdfConverterUnavailableError,
  type ConvertToPdfOptions,
  type PdfConversionFailure,
} from "./convert-to-pdf";
