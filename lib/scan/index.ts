/** Scanning students' result QR codes with the camera: when to offer it and what a camera refusal means. */
export { cameraProblem } from "./camera-problem";
export { ScanGate } from "./scan-gate";
