/**
 * The PNG renderer as `@resvg/resvg-js` exports it, loaded without the package's own check of
 * the C library. On Linux that check tells glibc from musl with `process.report.getReport()`,
 * which writes a whole diagnostic report first: 5–8 ms, more than loading the renderer itself.
 * Here the C library is read from the program interpreter that the running Node executable
 * names (`/lib64/ld-linux-x86-64.so.2` is glibc's, `/lib/ld-musl-x86_64.so.1` musl's), in its
 * first 2 KB, and the platform's binding is required from where the package requires it.
 * Anything else — another system, a Node linked statically or started through its loader, a
 * binding that is missing or fails to load — takes the package's own loader, as before.
 *
 * The build points the bundles' `import('@resvg/resvg-js')` here (test/tools/buildPlugins.ts),
 * so renderPng draws with the very same binding: only how it is found changes.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Resvg as PackageResvg, ResvgRenderOptions } from '@resvg/resvg-js';

type LinuxLibc = 'glibc' | 'musl';

/** What a platform package of resvg-js exports: the class takes its options as JSON. */
type NativeBinding = { readonly Resvg: new (svg: string | Buffer, options?: string) => PackageResvg };

/**
 * The C library a 64-bit little-endian ELF executable is linked against, from the program
 * interpreter it names; undefined for any other file, a static executable or another interpreter.
 *
 * @example
 * // 64 zero bytes are no ELF file:
 * linuxLibcOfExecutable(new Uint8Array(64)); // undefined
 */
export function linuxLibcOfExecutable(head: Uint8Array): LinuxLibc | undefined {
  const interpreter = programInterpreter(head);
  if (interpreter === undefined) return undefined;
  if (/\/ld-musl-[^/]+$/.test(interpreter)) return 'musl';
  if (/\/ld-linux-[^/]+$/.test(interpreter)) return 'glibc';
  return undefined;
}

const PT_INTERP = 3;

/** The path in an ELF64 little-endian file's PT_INTERP segment, if it lies within `head`. */
function programInterpreter(head: Uint8Array): string | undefined {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const within = (offset: number, length: number) => offset >= 0 && length >= 0 && offset + length <= head.byteLength;
  // \x7fELF, 64-bit (class 2), little-endian (data 1)
  if (!within(0, 64) || view.getUint32(0) !== 0x7f454c46 || head[4] !== 2 || head[5] !== 1) return undefined;
  const headers = Number(view.getBigUint64(32, true));
  const headerSize = view.getUint16(54, true);
  const count = view.getUint16(56, true);
  for (let index = 0; index < count; index++) {
    const at = headers + index * headerSize;
    if (!within(at, 56)) return undefined;
    if (view.getUint32(at, true) !== PT_INTERP) continue;
    const offset = Number(view.getBigUint64(at + 8, true));
    const size = Number(view.getBigUint64(at + 32, true));
    if (!within(offset, size)) return undefined;
    return new TextDecoder('latin1').decode(head.subarray(offset, offset + size)).replace(/\0[^]*$/, '');
  }
  return undefined;
}

/** The first bytes of the running Node executable, where its headers and interpreter path are; undefined when they cannot be read. */
function executableHead(): Uint8Array | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync('/proc/self/exe', 'r');
    const head = new Uint8Array(2048);
    return head.subarray(0, readSync(descriptor, head, 0, head.length, 0));
  } catch {
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** The platform package's binding, required as the package requires it; undefined where the package's loader should decide. */
function nativeBinding(load: NodeJS.Require): NativeBinding | undefined {
  if (process.platform !== 'linux') return undefined;
  const head = executableHead();
  const libc = head === undefined ? undefined : linuxLibcOfExecutable(head);
  if (libc === undefined) return undefined;
  try {
    const fromPackage = createRequire(load.resolve('@resvg/resvg-js'));
    // Each package named in full: the import graph's check follows only the names a file spells out.
    switch (`${process.arch}-${libc}`) {
      case 'x64-glibc':
        return fromPackage('@resvg/resvg-js-linux-x64-gnu') as NativeBinding;
      case 'x64-musl':
        return fromPackage('@resvg/resvg-js-linux-x64-musl') as NativeBinding;
      case 'arm64-glibc':
        return fromPackage('@resvg/resvg-js-linux-arm64-gnu') as NativeBinding;
      case 'arm64-musl':
        return fromPackage('@resvg/resvg-js-linux-arm64-musl') as NativeBinding;
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}

function loadResvg(): typeof PackageResvg {
  const load = createRequire(import.meta.url);
  const binding = nativeBinding(load);
  if (binding === undefined) return (load('@resvg/resvg-js') as { Resvg: typeof PackageResvg }).Resvg;
  // As the package's index.js does: the binding reads its options as JSON.
  return class Resvg extends binding.Resvg {
    constructor(svg: string | Buffer, options?: ResvgRenderOptions | null) {
      super(svg, JSON.stringify(options));
    }
  };
}

/**
 * The package's `Resvg` class: an SVG document and its options, drawn with `.render()`.
 *
 * @example
 * const image = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>', { background: 'white' }).render();
 * [image.width, image.height]; // [4, 2]
 */
export const Resvg: typeof PackageResvg = loadResvg();
