import { BrowserWindow } from 'electron';
import { secureWebPreferences } from '../core/security/window-options';

export function createMainWindow(options: { preload: string; url: string; icon: string }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1100,
    minHeight: 680,
    title: '匠训',
    show: false,
    backgroundColor: '#f8f9fa',
    icon: options.icon,
    webPreferences: secureWebPreferences(options.preload),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}
