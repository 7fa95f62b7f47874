interface UploadDocument { paths: Record<string, object> }
type Operations = Record<string, { requestBody?: { content?: Record<string, unknown> } } | undefined>;
interface RoutedRequest { method: string; path: string }

/** `/dealer-imports/{id}` → a pattern matching `/dealer-imports/x` (one segment per parameter, an optional trailing slash). */
function patternOf(path: string): RegExp {
  const segments = path.split(/\{[^}]+\}/).map((literal) => literal.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${segments.join('[^/]+')}/?$`);
}

/**
 * Whether a request goes to an operation whose OpenAPI request body is `multipart/form-data`
 * (a file upload), which the JSON-only body rule leaves to the route's own reader. `document`
 * is read on each request: it is built after the middleware is installed.
 */
export function multipartRoutes(document: () => UploadDocument | undefined): (req: RoutedRequest) => boolean {
  let uploads: { method: string; pattern: RegExp }[] | undefined;
  return (req) => {
    const built = document();
    if (!built) return false;
    uploads ??= Object.entries(built.paths).flatMap(([path, item]) => Object.entries(item as Operations)
      .filter(([, operation]) => operation?.requestBody?.content?.['multipart/form-data'] !== undefined)
      .map(([method]) => ({ method: method.toUpperCase(), pattern: patternOf(path) })));
    return uploads.some((u) => u.method === req.method && u.pattern.test(req.path));
  };
}
