/** Vite turns an imported image into the URL of the file it emits into dist/assets. */
declare module '*.png' {
  const url: string;
  export default url;
}
