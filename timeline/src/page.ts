/**
 * The timeline page's HTML shell, one for both hosts: the VS Code webview (client/src/timeline.ts,
 * assets by URI under a nonce) and `factmark timeline --html` (server/src/cli/timeline.ts, assets
 * inlined under their hashes). Each host gives its policy and what goes in the head and the body.
 */
export function pageShell(page: { csp: string; head: string; body: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${page.csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${page.head}
</head>
<body>
${page.body}
</body>
</html>`;
}
