const NAME_START = /[_A-Za-z]/;
const NAME_PART = /[_0-9A-Za-z]/;

/**
 * Root fields of a document's first operation, aliases counted apiece: what Twenty's API
 * budget charges for it (one token per root resolver call). A small scanner for the app's
 * own documents: comments and strings are skipped, arguments and nested selections jumped
 * over. At least 1, as a request with no root field still costs one.
 */
export const countRootFields = (document: string): number => {
  let depth = 0;
  let parentheses = 0;
  let count = 0;
  for (let index = 0; index < document.length; index += 1) {
    const character = document.charAt(index);
    if (character === '#') {
      const end = document.indexOf('\n', index);
      index = end === -1 ? document.length : end;
    } else if (character === '"') {
      const block = document.startsWith('"""', index);
      const closing = block ? '"""' : '"';
      let end = index + closing.length;
      for (; end < document.length; end += 1) {
        if (!block && document.charAt(end) === '\\') end += 1;
        else if (document.startsWith(closing, end)) break;
      }
      index = end + closing.length - 1;
    } else if (character === '(') parentheses += 1;
    else if (character === ')') parentheses -= 1;
    else if (parentheses > 0) continue;
    else if (character === '{') depth += 1;
    else if (character === '}') {
      depth -= 1;
      if (depth === 0) break;
    } else if (depth === 1 && NAME_START.test(character)) {
      let end = index + 1;
      while (end < document.length && NAME_PART.test(document.charAt(end)))
        end += 1;
      let next = end;
      while (next < document.length && /\s/.test(document.charAt(next)))
        next += 1;
      // An alias (`r0: companies`): the field after it is the one counted.
      if (document.charAt(next) === ':') {
        index = next;
        continue;
      }
      count += 1;
      index = end - 1;
    }
  }
  return Math.max(count, 1);
};
