/**
 * A file name the app writes (downloads, files inside a zip) must open on Windows and Linux alike:
 * no path separators (五级/初级工 would make a folder when unpacked), none of Windows' forbidden
 * characters or device names, no trailing dot or space (Windows drops them), and a length every
 * file system takes. Chinese text is kept as it is.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what Windows forbids in a name
const forbidden = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const deviceNames = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/** Characters: 80 Chinese characters are 240 bytes of UTF-8, under the 255-byte limit of ext4 with room for the extension. */
const maxLength = 80;

export function safeFileName(name: string, fallback = '文件'): string {
  const dot = name.lastIndexOf('.');
  const hasExtension = dot > 0 && /^\.[A-Za-z0-9]{1,5}$/.test(name.slice(dot));
  const extension = hasExtension ? name.slice(dot) : '';
  let stem = (hasExtension ? name.slice(0, dot) : name)
    .replace(/\s+/g, ' ')
    .replace(forbidden, '-')
    .replace(/-{2,}/g, '-')
    .trim()
    .replace(/[. ]+$/, '');
  if (deviceNames.test(stem)) stem = `_${stem}`;
  if (stem === '' || /^-+$/.test(stem)) stem = fallback;
  return `${[...stem]
    .slice(0, maxLength)
    .join('')
    .replace(/[. ]+$/, '')}${extension}`;
}
