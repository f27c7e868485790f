/**
 * What to tell a teacher whose camera could not be opened, from the error
 * getUserMedia (or video.play) rejected with: its DOMException name says
 * whether permission was refused, there is no camera, or it is busy.
 */
export function cameraProblem(error: unknown): string {
  // By name, not class: OverconstrainedError is not a DOMException in every browser.
  const name = typeof error === "object" && error !== null && "name" in error ? String(error.name) : "";
  switch (name) {
    case "NotAllowedError":
    case "PermissionDeniedError": // older Chrome
    case "SecurityError":
      return "The camera was not allowed. To scan, allow this site to use the camera (in the address bar or the browser’s settings), then choose Scan results again. You can still paste the links below.";
    case "NotFoundError":
    case "DevicesNotFoundError": // older Chrome
    case "OverconstrainedError":
      return "No camera was found on this device. Connect a camera, or paste the result links below instead.";
    case "NotReadableError":
    case "TrackStartError": // older Chrome
    case "AbortError":
      return "The camera could not be started: another app may be using it. Close that app, then choose Scan results again.";
    default:
      return "The camera could not be started. Choose Scan results again, or paste the result links below instead.";
  }
}
