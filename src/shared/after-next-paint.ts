/**
 * Runs `callback` once the next frame has been painted (a frame, then a task), for work that need not
 * delay what an input shows: a keypress's highlight paints first, its extras follow. Returns a cancel.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
