export {
  convertDocxToPdf,
  defaultFontconfigFile,
  findConverter,
  PdfConversionError,
  PdfConverterUnavailableError,
  type ConvertToPdfOptions,
  type PdfConversionFailure,
} from "./convert-to-pdf";
