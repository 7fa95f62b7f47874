import { HttpException, HttpStatus } from '@nestjs/common';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface PathItems { paths: Record<string, object | undefined> }
interface MethodRequest { method: string; path: string }
interface AllowResponse { setHeader(name: string, value: string): unknown; status(code: number): { end(): void } }
type Next = (error?: unknown) => void;

interface DeclaredPath { pattern: RegExp; methods: string[] }

/** `/funds/{dealerCode}` → a pattern matching `/funds/D0001` (one segment per parameter, an optional trailing slash). */
function patternOf(path: string): RegExp {
  const segments = path.split(/\{[^}]+\}/).map((literal) => literal.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${segments.join('[^/]+')}/?$`);
}

/** The methods the document declares for each of its paths; HEAD comes with GET, as Express answers it. */
export function declaredMethods(document: PathItems): DeclaredPath[] {
  return Object.entries(document.paths).map(([path, item]) => {
    const methods = METHODS.filter((m) => (item as Record<string, unknown> | undefined)?.[m] !== undefined).map((m) => m.toUpperCase());
    if (methods.includes('GET') && !methods.includes('HEAD')) methods.push('HEAD');
    return { pattern: patternOf(path), methods };
  });
}

/**
 * On a path the OpenAPI document declares, a method it does not declare is 405 with `Allow`
 * (RFC 9110), not the router's 404; OPTIONS answers 204 with the same `Allow`. Paths the
 * document does not know are left to the router. Runs before the body is read, so an
 * undeclared PUT gets 405 rather than 415. `document` is read on each request: it is built
 * after the middleware is installed.
 */
export function methodNotAllowed(document: () => PathItems | undefined) {
  let declared: DeclaredPath[] | undefined;
  return (req: MethodRequest, res: AllowResponse, next: Next) => {
    const built = document();
    if (!built) return next();
    declared ??= declaredMethods(built);
    const matching = declared.filter((d) => d.pattern.test(req.path));
    if (matching.length === 0) return next();
    const allowed = [...new Set(matching.flatMap((d) => d.methods))];
    if (allowed.includes(req.method)) return next();
    res.setHeader('Allow', allowed.join(', '));
    if (req.method === 'OPTIONS') return res.status(HttpStatus.NO_CONTENT).end();
    const reason = `${req.path} allows ${allowed.join(', ')}`;
    next(new HttpException({ message: `${req.method} is not allowed here`, problems: [{ field: '(method)', reason }] }, HttpStatus.METHOD_NOT_ALLOWED));
  };
}
