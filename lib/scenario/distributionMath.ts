/**
 * The special functions the ranges' distributions need, in float64: the standard normal's
 * quantile (for normal and lognormal ranges) and the regularized incomplete beta function and
 * its inverse (for PERT ranges).
 */

/**
 * The standard normal's quantile: Wichura's algorithm AS 241 (PPND16, Applied Statistics 37,
 * 1988), rational approximations in three regions with a relative error of about 1e-16 — the
 * method of R's qnorm. No exponential or error function: a simulation calls it for every
 * draw of a normal or lognormal range.
 *
 * @example
 * [standardNormalQuantile(0.5), Math.round(standardNormalQuantile(0.95) * 1e12) / 1e12]; // [0, 1.644853626951]
 */
export function standardNormalQuantile(p: number): number {
  ONE[0] = p;
  standardNormalQuantiles(ONE, ONE, 1);
  return ONE[0] as number;
}

/** The one probability {@link standardNormalQuantile} works on, made once. */
const ONE = new Float64Array(1);

/**
 * {@link standardNormalQuantile} of many probabilities at once, the same numbers: `out[i]` for
 * `p[i]`, i below `count` (`out` may be `p`). The arithmetic sits in the loop itself, so that
 * no number leaves a function call boxed: what a simulation calls for each block of draws.
 *
 * @example
 * const out = new Float64Array(2);
 * standardNormalQuantiles(Float64Array.from([0.5, 0.975]), out, 2);
 * [out[0], Math.round(out[1]! * 1e9) / 1e9]; // [0, 1.959963985]
 */
export function standardNormalQuantiles(p: Float64Array, out: Float64Array, count: number): void {
  for (let i = 0; i < count; i++) {
    const probability = p[i] as number;
    if (!(probability > 0 && probability < 1)) throw new RangeError(`standardNormalQuantile: p must be between 0 and 1, got ${probability}`);
    const q = probability - 0.5;
    if (Math.abs(q) <= 0.425) {
      const r = 0.180625 - q * q;
      out[i] =
        (q * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r + 133.14166789178437745) * r + 3.387132872796366608)) /
        (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r + 42.313330701600911252) * r + 1);
      continue;
    }
    let r = Math.sqrt(-Math.log(q < 0 ? probability : 1 - probability));
    let x: number;
    if (r <= 5) {
      r -= 1.6;
      x =
        (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r + 4.6303378461565452959) * r + 1.42343711074968357734) /
        (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1);
    } else {
      r -= 5;
      x =
        (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r + 5.4637849111641143699) * r + 6.6579046435011037772) /
        (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r + 0.59983220655588793769) * r + 1);
    }
    out[i] = q < 0 ? -x : x;
  }
}

/**
 * The regularized incomplete beta function I_x(a, b), by its continued fraction (Lentz's
 * method), to about 1e-15.
 *
 * @example
 * [regularizedBeta(0.5, 2, 2), regularizedBeta(0.25, 1, 1)].map((x) => x.toFixed(12)); // ['0.500000000000', '0.250000000000']
 */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return h;
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9), to about 1e-15. */
function logGamma(x: number): number {
  const g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = g[0] as number;
  for (let i = 1; i < g.length; i++) sum += (g[i] as number) / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The x with I_x(a, b) = p, by bisection on [0, 1] to the last bit. */
export function inverseRegularizedBeta(p: number, a: number, b: number): number {
  let low = 0;
  let high = 1;
  for (let i = 0; i < 200 && high - low > 1e-16; i++) {
    const middle = (low + high) / 2;
    if (regularizedBeta(middle, a, b) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}
