/** Counties and districts of Quanzhou, with the administrative division code used in IDs and credit codes. */
export const districts = [
  { name: '鲤城区', code: '350502' },
  { name: '丰泽区', code: '350503' },
  { name: '洛江区', code: '350504' },
  { name: '泉港区', code: '350505' },
  { name: '石狮市', code: '350581' },
  { name: '晋江市', code: '350582' },
  { name: '南安市', code: '350583' },
  { name: '惠安县', code: '350521' },
  { name: '安溪县', code: '350524' },
  { name: '永春县', code: '350525' },
  { name: '德化县', code: '350526' },
  { name: '泉州台商投资区', code: '350521' },
  { name: '泉州经济技术开发区', code: '350503' },
] as const;

export type DistrictName = (typeof districts)[number]['name'];
export const districtNames: readonly string[] = districts.map((d) => d.name);

/** Quanzhou's industries, as enterprises are classed on this base's forms. */
export const industries = [
  '纺织服装',
  '鞋业',
  '建材石材',
  '陶瓷',
  '石油化工',
  '机械装备',
  '电子信息与半导体',
  '食品与茶业',
  '工艺美术',
  '物流与电商',
  '服务业',
] as const;

export type Industry = (typeof industries)[number];

/** 文化程度, as the national forms list them. */
export const educationLevels = ['小学', '初中', '高中', '中专', '技工学校', '大专', '本科', '研究生'] as const;
export type EducationLevel = (typeof educationLevels)[number];
