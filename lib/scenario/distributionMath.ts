/**
 * The special functions the ranges' distributions need, in float64: the standard normal's
 * quantile (for normal and lognormal ranges) and the regularized incomplete beta function and
 * its inverse (for PERT ranges).
 */

/**
 * The standard normal's quantile: Acklam's rational approximation (relative error 1.15e-9),
 * refined by one step of Halley's method on the complementary error function, to about 1e-15.
 *
 * @example
 * [standardNormalQuantile(0.5), Math.round(standardNormalQuantile(0.95) * 1e12) / 1e12]; // [0, 1.644853626951]
 */
export function standardNormalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`standardNormalQuantile: p must be between 0 and 1, got ${p}`);
  let x: number;
  if (p < 0.02425) x = acklamTail(Math.sqrt(-2 * Math.log(p)));
  else if (p > 1 - 0.02425) x = -acklamTail(Math.sqrt(-2 * Math.log(1 - p)));
  else {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((A0 * r + A1) * r + A2) * r + A3) * r + A4) * r + A5) * q) / (((((B0 * r + B1) * r + B2) * r + B3) * r + B4) * r + 1);
  }
  // One Halley step: e = Φ(x) − p, with Φ(x) = erfc(−x / √2) / 2.
  const e = 0.5 * erfc(-x / Math.SQRT2) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

// Acklam's coefficients, at module level: a simulation calls the quantile for every draw.
const [A0, A1, A2, A3, A4, A5] = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239] as const;
const [B0, B1, B2, B3, B4] = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1] as const;
const [C0, C1, C2, C3, C4, C5] = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
const [D0, D1, D2, D3] = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;

/** Acklam's rational approximation in the tails, of q = √(−2 ln p). */
function acklamTail(q: number): number {
  return (((((C0 * q + C1) * q + C2) * q + C3) * q + C4) * q + C5) / ((((D0 * q + D1) * q + D2) * q + D3) * q + 1);
}

// Cody's coefficients, made once.
const ERFC_MIDDLE_P: readonly number[] = [3.004592610201616e2, 4.519189537118729e2, 3.393208167343437e2, 1.529892850469404e2, 4.316222722205674e1, 7.211758250883094, 5.641955174789740e-1, -1.368648573827167e-7];
const ERFC_MIDDLE_Q: readonly number[] = [3.004592609569833e2, 7.909509253278980e2, 9.313540948506096e2, 6.389802644656312e2, 2.775854447439876e2, 7.700015293522947e1, 1.278272731962942e1, 1];
const ERFC_TAIL_P: readonly number[] = [-2.99610707703542174e-3, -4.94730910623250734e-2, -2.26956593539686930e-1, -2.78661308609647788e-1, -2.23192459734184686e-2];
const ERFC_TAIL_Q: readonly number[] = [1.06209230528467918e-2, 1.91308926107829841e-1, 1.05167510706793207, 1.98733201817135256, 1];
const ERF_SMALL_P: readonly number[] = [3.209377589138469472562e3, 3.774852376853020208137e2, 1.138641541510501556495e2, 3.161123743870565596947, 1.857777061846031526730e-1];
const ERF_SMALL_Q: readonly number[] = [2.844236833439170622273e3, 1.282616526077372275645e3, 2.440246379344441733056e2, 2.360129095234412093499e1, 1];

/** The complementary error function, to about 1e-16 relative (W. J. Cody's rational approximations). */
function erfc(x: number): number {
  const z = Math.abs(x);
  let value: number;
  if (z < 0.5) {
    value = 1 - erfSmall(x);
    return value;
  }
  if (z < 4) {
    const [p, q] = [ERFC_MIDDLE_P, ERFC_MIDDLE_Q];
    let num = 0;
    let den = 0;
    for (let i = p.length - 1; i >= 0; i--) {
      num = num * z + (p[i] as number);
      den = den * z + (q[i] as number);
    }
    value = Math.exp(-z * z) * (num / den);
  } else {
    const [p, q] = [ERFC_TAIL_P, ERFC_TAIL_Q];
    const r = 1 / (z * z);
    let num = 0;
    let den = 0;
    for (let i = p.length - 1; i >= 0; i--) {
      num = num * r + (p[i] as number);
      den = den * r + (q[i] as number);
    }
    value = (Math.exp(-z * z) / z) * (1 / Math.sqrt(Math.PI) + (r * num) / den);
  }
  return x < 0 ? 2 - value : value;
}

/** erf(x) for |x| < 0.5 (Cody). */
function erfSmall(x: number): number {
  const [p, q] = [ERF_SMALL_P, ERF_SMALL_Q];
  const t = x * x;
  let num = 0;
  let den = 0;
  for (let i = p.length - 1; i >= 0; i--) {
    num = num * t + (p[i] as number);
    den = den * t + (q[i] as number);
  }
  return (x * num) / den;
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
