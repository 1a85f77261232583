import { Menu, dialog, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** The native menu, in Chinese. Standard roles keep the platform's shortcuts. */
export function installMenu(getWindow: () => BrowserWindow | null, appVersion: string) {
  const template: MenuItemConstructorOptions[] = [
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    {
      label: '帮助',
      submenu: [
        {
          label: '关于匠训',
          click: () => {
            const window = getWindow();
            const options = {
              type: 'info' as const,
              title: '关于匠训',
              message: `匠训 ${appVersion}`,
              detail: '产业工人技能实训基地管理软件，离线运行，数据保存在本机。',
            };
            void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
          },
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
