"use client";
/**
 * The camera for scanning QR codes: opens it (the rear camera where there
 * is one), reads frames through a ScanGate (lib/scan) and calls `onCode`
 * once per new sighting of a code. The camera is released on stop, when
 * the component unmounts (the teacher leaves the gradebook) and when the
 * page is hidden away (pagehide: closed, reloaded or left).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { cameraProblem } from "@/lib/scan";
import { ScanGate } from "@/lib/scan";
import { createQrDecoder, type QrDecoder } from "./qr-decoder";

export type ScannerState =
  | { status: "idle" }
  | { status: "starting" }
  | { status: "scanning"; decoder: QrDecoder["kind"] }
  | { status: "failed"; message: string };

const TICK_MS = 50;

export function useQrScanner(onCode: (text: string) => void) {
  const [state, setState] = useState<ScannerState>({ status: "idle" });
  const videoRef = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const decoder = useRef<QrDecoder | null>(null);
  const timer = useRef<number | null>(null);
  const gate = useRef(new ScanGate());
  /** Bumped by every start and stop: a start still awaiting the camera sees it was overtaken. */
  const run = useRef(0);
  const codeHandler = useRef(onCode);
  useEffect(() => {
    codeHandler.current = onCode;
  }, [onCode]);

  const release = useCallback(() => {
    run.current++;
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    decoder.current?.close();
    decoder.current = null;
    const video = videoRef.current;
    if (video) video.srcObject = null;
    gate.current.reset();
  }, []);

  const stop = useCallback(() => {
    release();
    setState({ status: "idle" });
  }, [release]);

  const start = useCallback(async () => {
    release();
    const current = run.current;
    const video = videoRef.current;
    if (!video) return;
    if (!navigator.mediaDevices?.getUserMedia) {
      setState({
        status: "failed",
        message:
          "This browser cannot use a camera on this page (cameras need a secure https:// address). Paste the result links below instead.",
      });
      return;
    }
    setState({ status: "starting" });
    let opened: MediaStream;
    try {
      opened = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: { facingMode: { ideal: "environment" } },
      });
    } catch (error) {
      if (run.current === current) setState({ status: "failed", message: cameraProblem(error) });
      return;
    }
    if (run.current !== current) {
      opened.getTracks().forEach((track) => track.stop());
      return;
    }
    stream.current = opened;
    opened.getVideoTracks()[0]?.addEventListener("ended", () => {
      if (run.current !== current) return;
      release();
      setState({
        status: "failed",
        message: "The camera stopped (it was unplugged or another app took it). Choose Scan results to start again.",
      });
    });
    try {
      video.srcObject = opened;
      await video.play();
      const created = await createQrDecoder();
      if (run.current !== current) {
        created.close();
        return;
      }
      decoder.current = created;
      setState({ status: "scanning", decoder: created.kind });
    } catch (error) {
      if (run.current !== current) return;
      release();
      setState({ status: "failed", message: cameraProblem(error) });
      return;
    }

    const tick = () => {
      if (run.current !== current) return;
      timer.current = window.setTimeout(tick, TICK_MS);
      const reader = decoder.current;
      if (!reader || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !gate.current.take(performance.now()))
        return;
      reader.decode(video).then(
        (text) => {
          if (run.current !== current) return;
          const sighting = gate.current.read(text, performance.now());
          if (sighting !== null) codeHandler.current(sighting);
        },
        (error: unknown) => {
          if (run.current !== current) return;
          console.warn(`QR decoding failed: ${error instanceof Error ? error.message : String(error)}`);
          release();
          setState({
            status: "failed",
            message:
              "Reading QR codes failed unexpectedly. Choose Scan results to try again, or paste the result links below.",
          });
        },
      );
    };
    tick();
  }, [release]);

  useEffect(() => {
    window.addEventListener("pagehide", stop);
    return () => {
      window.removeEventListener("pagehide", stop);
      release();
    };
  }, [stop, release]);

  return { state, videoRef, start, stop };
}
