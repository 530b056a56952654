const MB = 1024 * 1024;

/**
 * The largest input files costmodel reads, by format, in bytes: far above any real scenario,
 * record or year of spending, and low enough that a wrong file (a log, a disk image,
 * `/dev/urandom`) ends in a clear message rather than in memory exhausted.
 *
 * @example
 * INPUT_FILE_LIMITS.json / (1024 * 1024); // 10
 * INPUT_FILE_LIMITS.csv / (1024 * 1024); // 50
 */
export const INPUT_FILE_LIMITS = { json: 10 * MB, csv: 50 * MB } as const;

/** The formats of input files: JSON (scenarios, records, config files) and CSV. */
export type InputFormat = keyof typeof INPUT_FILE_LIMITS;
