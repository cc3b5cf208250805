// The pg driver's parameter preparation (pg/lib/utils.js, exported by its package.json but
// not typed by @types/pg): how a JavaScript value becomes a statement parameter's text.
declare module "pg/lib/utils.js" {
  const utils: { prepareValue(value: unknown): string | Buffer | null };
  export default utils;
}
