/**
 * Hears how far a run of trials has come: `done` of `total`. The simulation calls it after
 * every block of 1,000 trials and after the last, so it costs nothing measurable; what to
 * show (a progress bar on a terminal, nothing in a pipe) is the caller's choice.
 *
 * @example
 * const heard: string[] = [];
 * const progress: TrialProgress = (done, total) => heard.push(`${done} of ${total}`);
 * progress(1000, 2500);
 * heard; // ['1000 of 2500']
 */
export type TrialProgress = (done: number, total: number) => void;
