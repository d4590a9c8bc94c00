/** The part of `fontverter` (which ships no types) that test/fonts.test.ts uses. */
declare module 'fontverter' {
  const fontverter: {
    /** The font converted to another format (`sfnt` = plain TrueType/OpenType). */
    convert(font: Uint8Array, toFormat: 'sfnt' | 'woff' | 'woff2'): Promise<Uint8Array>;
  };
  export default fontverter;
}
