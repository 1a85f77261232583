import { createReadStream, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { AppError } from '../../shared/errors';
import { fingerprint } from '../core/services/city/package/keys';
import { registerBase } from './bases';
import { cityFigures } from './figures';
import { cityKeys, migrateHub } from './hub-schema';
import { importPackage } from './import-package';

const usage = `市级汇总平台（匠训）
用法：npm run city -- --pg postgres://用户@主机/库 命令
  key                                   显示市级平台公钥（发给各基地导入）
  add-base --code 代码 --name 名称 --district 区县 --key 基地公钥文件
                                        登记基地（或更换其公钥）
  import 数据包.jxcity …                 导入基地数据包（每个包一个事务）
  figures                               显示全市及各基地汇总数字`;

/** The hub's administrator's tool: a separate entry point, never packaged in the base's installer. */
async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      pg: { type: 'string' },
      code: { type: 'string' },
      name: { type: 'string' },
      district: { type: 'string', default: '' },
      key: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (!values.pg || !command) {
    console.log(usage);
    process.exitCode = command ? 1 : 0;
    return;
  }
  const client = new pg.Client(values.pg);
  await client.connect();
  try {
    await migrateHub(client);
    if (command === 'key') {
      const { publicKey } = await cityKeys(client);
      console.log(publicKey.trim());
      console.log(`指纹：${fingerprint(publicKey)}`);
    } else if (command === 'add-base') {
      if (!values.code || !values.name || !values.key)
        throw new AppError('VALIDATION', 'add-base 需要 --code、--name 和 --key');
      await registerBase(client, {
        code: values.code,
        name: values.name,
        district: values.district ?? '',
        publicKey: readFileSync(values.key, 'utf8'),
      });
      console.log(`已登记基地 ${values.name}（${values.code.toUpperCase()}）`);
    } else if (command === 'import') {
      if (rest.length === 0) throw new AppError('VALIDATION', 'import 需要至少一个数据包文件');
      for (const file of rest) {
        try {
          const outcome = await importPackage(client, createReadStream(file));
          console.log(
            `${file}：${outcome.baseName} 第 ${outcome.sequence} 号${outcome.kind === 'full' ? '（全部数据）' : ''}，${outcome.rowsInPackage} 行，改动 ${outcome.rowsChanged} 行${outcome.replay ? '（重复的数据包，未改变数据）' : ''}`,
          );
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          console.error(`${file}：已拒收。${error.message}`);
          process.exitCode = 1;
        }
      }
    } else if (command === 'figures') {
      const figures = await cityFigures(client);
      console.log(
        `全市学员 ${figures.trainees} 人（各基地相加 ${figures.traineesBaseByBase}），企业 ${figures.enterprises}，鉴定合格 ${figures.passes} 人次，晋升 ${figures.promotions}，证书 ${figures.certificates}`,
      );
      for (const base of figures.bases)
        console.log(
          `  ${base.name}：学员 ${base.trainees}，合格 ${base.passes}，晋升 ${base.promotions}，已导入到第 ${base.lastSequence} 号`,
        );
    } else {
      console.log(usage);
      process.exitCode = 1;
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  } finally {
    await client.end();
  }
}

await main();
