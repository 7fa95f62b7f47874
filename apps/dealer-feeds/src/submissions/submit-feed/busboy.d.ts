// busboy 1.6 (multer's multipart parser) ships no types; the part this service uses.
declare module 'busboy' {
  import type { IncomingHttpHeaders } from 'node:http';
  import type { Readable, Writable } from 'node:stream';
  interface Limits { fileSize?: number; files?: number; fields?: number; parts?: number; fieldSize?: number }
  interface FileInfo { filename: string; encoding: string; mimeType: string }
  interface Busboy extends Writable {
    on(event: 'file', listener: (name: string, stream: Readable & { truncated?: boolean }, info: FileInfo) => void): this;
    on(event: 'field', listener: (name: string, value: string) => void): this;
    on(event: 'close' | 'finish' | 'filesLimit' | 'fieldsLimit' | 'partsLimit', listener: () => void): this;
    on(event: 'error', listener: (error: Error) => void): this;
  }
  function busboy(options: { headers: IncomingHttpHeaders; limits?: Limits; defParamCharset?: string }): Busboy;
  export default busboy;
}
