import type { Requirement, RuleSet, SchoolKind } from './types';

/**
 * The application conditions of ../shared/data/eligibility.md as data: per rule set, the
 * alternative routes of every grade (具备以下条件之一者). Change a route here and bump the set's
 * version; a base adjusts one job type through RouteOverride instead.
 */
const higherEducation: SchoolKind[] = ['juniorCollege', 'bachelor', 'master', 'doctor'];
const grade = (g: 5 | 4 | 3 | 2, years = 0): Requirement => ({ kind: 'grade', grade: g, years });
const work = (years: number): Requirement => ({ kind: 'work', years });
const school = (label: string, anyOf: SchoolKind[], relatedMajor = true, finalYearAccepted = true): Requirement => ({
  kind: 'school',
  anyOf,
  relatedMajor,
  finalYearAccepted,
  label,
});

const setA: RuleSet = {
  id: 'A',
  version: '2018.1',
  title: '2018 年版技术规程（默认）',
  routes: [
    { id: 'A5-1', grade: 5, requires: [work(1)] },
    { id: 'A5-2', grade: 5, requires: [{ kind: 'apprenticeship' }] },
    { id: 'A4-1', grade: 4, requires: [grade(5, 4)] },
    { id: 'A4-2', grade: 4, requires: [work(6)] },
    {
      id: 'A4-3',
      grade: 4,
      requires: [
        school('技工学校或经评估论证的中等及以上职业学校本专业或相关专业毕业', [
          'technicalSchool',
          'vocationalSecondary',
          'seniorTechnicalSchool',
          'technicianCollege',
          'preTechnician',
          'higherVocational',
        ]),
      ],
    },
    { id: 'A3-1', grade: 3, requires: [grade(4, 5)] },
    {
      id: 'A3-2',
      grade: 3,
      requires: [
        grade(4),
        school('高级技工学校、技师学院或经评估论证的高等职业学校本专业或相关专业毕业', [
          'seniorTechnicalSchool',
          'technicianCollege',
          'preTechnician',
          'higherVocational',
        ]),
      ],
    },
    {
      id: 'A3-3',
      grade: 3,
      requires: [grade(4, 2), school('大专及以上本专业或相关专业毕业', higherEducation, true, false)],
    },
    { id: 'A2-1', grade: 2, requires: [grade(3, 4)] },
    {
      id: 'A2-2',
      grade: 2,
      requires: [
        grade(3),
        work(3),
        school('高级技工学校或技师学院毕业', ['seniorTechnicalSchool', 'technicianCollege', 'preTechnician'], false),
      ],
    },
    { id: 'A2-3', grade: 2, requires: [school('技师学院毕业并取得预备技师证书', ['preTechnician'], false), work(2)] },
    { id: 'A1-1', grade: 1, requires: [grade(2, 4)] },
  ],
};

const setB: RuleSet = {
  id: 'B',
  version: '2019.1',
  title: '起点四级、含学历路径（如劳动关系协调员 2019）',
  routes: [
    { id: 'B4-1', grade: 4, requires: [work(4)] },
    {
      id: 'B4-2',
      grade: 4,
      requires: [
        school('技工学校或经评估论证的中等及以上职业学校本专业或相关专业毕业', [
          'technicalSchool',
          'vocationalSecondary',
          'seniorTechnicalSchool',
          'technicianCollege',
          'preTechnician',
          'higherVocational',
        ]),
      ],
    },
    {
      id: 'B4-3',
      grade: 4,
      requires: [
        { kind: 'enrolled', anyOf: higherEducation, relatedMajor: true, label: '本专业或相关专业高等院校在校生' },
      ],
    },
    { id: 'B3-1', grade: 3, requires: [grade(4, 5)] },
    {
      id: 'B3-2',
      grade: 3,
      requires: [
        grade(4),
        school(
          '高级技工学校、技师学院或经评估论证的高等职业学校毕业',
          ['seniorTechnicalSchool', 'technicianCollege', 'preTechnician', 'higherVocational'],
          false,
        ),
      ],
    },
    {
      id: 'B3-3',
      grade: 3,
      requires: [
        grade(4, 2),
        school('大学专科本专业或相关专业毕业', ['juniorCollege', 'bachelor', 'master', 'doctor']),
      ],
    },
    {
      id: 'B3-4',
      grade: 3,
      requires: [grade(4, 1), school('大学本科本专业或相关专业毕业', ['bachelor', 'master', 'doctor'])],
    },
    { id: 'B3-5', grade: 3, requires: [school('硕士研究生及以上本专业或相关专业毕业', ['master', 'doctor'])] },
    { id: 'B2-1', grade: 2, requires: [grade(3, 4)] },
    {
      id: 'B2-2',
      grade: 2,
      requires: [
        grade(3),
        work(3),
        school('高级技工学校或技师学院毕业', ['seniorTechnicalSchool', 'technicianCollege', 'preTechnician'], false),
      ],
    },
    { id: 'B2-3', grade: 2, requires: [school('技师学院毕业并取得预备技师证书', ['preTechnician'], false), work(2)] },
    {
      id: 'B2-4',
      grade: 2,
      requires: [grade(3, 2), school('大学本科本专业或相关专业毕业', ['bachelor', 'master', 'doctor'])],
    },
    { id: 'B2-5', grade: 2, requires: [grade(3, 1), school('硕士研究生本专业或相关专业毕业', ['master', 'doctor'])] },
    { id: 'B2-6', grade: 2, requires: [school('博士研究生本专业或相关专业毕业', ['doctor']), work(2)] },
    { id: 'B1-1', grade: 1, requires: [grade(2, 4)] },
  ],
};

const setC: RuleSet = {
  id: 'C',
  version: '2023.1',
  title: '2023 年版技术规程（2024 年起的国家职业标准）',
  routes: [
    { id: 'C5-1', grade: 5, requires: [{ kind: 'age', years: 16 }] },
    { id: 'C5-2', grade: 5, requires: [{ kind: 'age', years: 16 }, work(0)] },
    { id: 'C4-1', grade: 4, requires: [work(5)] },
    { id: 'C4-2', grade: 4, requires: [grade(5, 3)] },
    {
      id: 'C4-3',
      grade: 4,
      requires: [
        school('技工院校、中等及以上职业院校或专科及以上院校本专业或相关专业毕业', [
          'technicalSchool',
          'vocationalSecondary',
          'seniorTechnicalSchool',
          'technicianCollege',
          'preTechnician',
          'higherVocational',
          ...higherEducation,
        ]),
      ],
    },
    { id: 'C3-1', grade: 3, requires: [work(10)] },
    { id: 'C3-2', grade: 3, requires: [grade(4, 4)] },
    { id: 'C3-3', grade: 3, requires: [{ kind: 'title', level: 'junior', years: 1 }] },
    {
      id: 'C3-4',
      grade: 3,
      requires: [
        school('技工院校高级工班及以上本专业或相关专业毕业', [
          'seniorTechnicalSchool',
          'technicianCollege',
          'preTechnician',
        ]),
      ],
    },
    {
      id: 'C3-5',
      grade: 3,
      requires: [
        grade(4),
        school('高等职业学校或专科及以上本专业或相关专业毕业', ['higherVocational', ...higherEducation]),
      ],
    },
    {
      id: 'C3-6',
      grade: 3,
      requires: [
        school('经评估论证的高等职业学校或专科及以上本专业或相关专业毕业', ['higherVocational', ...higherEducation]),
      ],
    },
    { id: 'C2-1', grade: 2, requires: [grade(3, 5)] },
    { id: 'C2-2', grade: 2, requires: [{ kind: 'title', level: 'junior', years: 5 }, grade(3, 1)] },
    { id: 'C2-3', grade: 2, requires: [{ kind: 'title', level: 'intermediate', years: 1 }] },
    // The source's text is cut off before the years: off until a base sets them for a job type.
    {
      id: 'C2-4',
      grade: 2,
      off: true,
      unverified: true,
      requires: [
        grade(3),
        work(0),
        school('高级技工学校或技师学院毕业', ['seniorTechnicalSchool', 'technicianCollege', 'preTechnician'], false),
      ],
    },
    { id: 'C1-1', grade: 1, unverified: true, requires: [grade(2, 5)] },
    {
      id: 'C1-2',
      grade: 1,
      unverified: true,
      requires: [
        { kind: 'title', level: 'intermediate', years: 5 },
        { kind: 'grade', grade: 2, years: 1 },
      ],
    },
    { id: 'C1-3', grade: 1, unverified: true, requires: [{ kind: 'title', level: 'senior', years: 1 }] },
  ],
};

const setD: RuleSet = {
  id: 'D',
  version: '2009.1',
  title: '2018 年以前的国家职业标准（如制鞋工）',
  routes: [
    { id: 'D5-1', grade: 5, requires: [{ kind: 'training', grade: 5 }] },
    { id: 'D5-2', grade: 5, requires: [work(2)] },
    { id: 'D5-3', grade: 5, requires: [{ kind: 'apprenticeship' }] },
    { id: 'D4-1', grade: 4, requires: [grade(5, 3), { kind: 'training', grade: 4 }] },
    { id: 'D4-2', grade: 4, requires: [grade(5, 5)] },
    { id: 'D4-3', grade: 4, requires: [work(7)] },
    {
      id: 'D4-4',
      grade: 4,
      requires: [school('经批准的中等职业学校本职业毕业', ['technicalSchool', 'vocationalSecondary'])],
    },
    { id: 'D3-1', grade: 3, requires: [grade(4, 4), { kind: 'training', grade: 3 }] },
    { id: 'D3-2', grade: 3, requires: [grade(4, 7)] },
    {
      id: 'D3-3',
      grade: 3,
      requires: [
        school('高级技工学校或经批准的高等职业学校本职业毕业', [
          'seniorTechnicalSchool',
          'technicianCollege',
          'preTechnician',
          'higherVocational',
        ]),
      ],
    },
    { id: 'D3-4', grade: 3, requires: [grade(4, 2), school('大专及以上本专业毕业', higherEducation)] },
    { id: 'D2-1', grade: 2, requires: [grade(3, 5), { kind: 'training', grade: 2 }] },
    { id: 'D2-2', grade: 2, requires: [grade(3, 8)] },
    {
      id: 'D2-3',
      grade: 2,
      requires: [
        grade(3, 2),
        school('高级技工学校或大专及以上本专业毕业', [
          'seniorTechnicalSchool',
          'technicianCollege',
          'preTechnician',
          ...higherEducation,
        ]),
      ],
    },
    {
      id: 'D1-1',
      grade: 1,
      requires: [
        { kind: 'grade', grade: 2, years: 3 },
        { kind: 'training', grade: 1 },
      ],
    },
    { id: 'D1-2', grade: 1, requires: [{ kind: 'grade', grade: 2, years: 5 }] },
  ],
};

export const ruleSets: Record<RuleSet['id'], RuleSet> = { A: setA, B: setB, C: setC, D: setD };
export const ruleSetIds = Object.keys(ruleSets) as RuleSet['id'][];
