/** Thrown when typed text is not a delivery code (the message never repeats the text, which may be secret). */
export class InvalidDeliveryCodeError extends Error {
  override name = "InvalidDeliveryCodeError";
}
