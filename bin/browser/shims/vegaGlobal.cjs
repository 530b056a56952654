// vega as its single-file build defines it in the explore page (window.vega).
module.exports = globalThis.vega;
