// vega-lite as its single-file build defines it in the explore page (window.vegaLite).
module.exports = globalThis.vegaLite;
