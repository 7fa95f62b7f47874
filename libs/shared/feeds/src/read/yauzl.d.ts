// The part of yauzl 3 this library uses (no @types/yauzl is installed).
declare module 'yauzl' {
  import type { Readable } from 'node:stream';

  interface Options {
    validateEntrySizes?: boolean;
    strictFileNames?: boolean;
    decodeStrings?: boolean;
    autoClose?: boolean;
  }

  interface Entry {
    fileName: string;
    compressedSize: number;
    compressionMethod: number;
    uncompressedSize: number;
  }

  interface ZipFile {
    entryCount: number;
    eachEntry(): AsyncIterableIterator<Entry>;
    openReadStreamPromise(entry: Entry, options?: { decompress?: boolean }): Promise<Readable>;
    close(): void;
  }

  function openPromise(path: string, options?: Options): Promise<ZipFile>;
  function fromBufferPromise(buffer: Buffer, options?: Options): Promise<ZipFile>;
}
