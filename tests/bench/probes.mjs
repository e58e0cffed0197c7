// Search probes: what a trainee would type, the lessons the results must include, and
// lessons (or, with `nothing`, any lesson) they must not include. Lesson IDs as in course.yaml.
export const probes = [
  { locale: 'zh-CN', query: '投诉', mustFind: ['m6/handling-complaints'] },
  { locale: 'zh-CN', query: '酸奶', mustFind: ['m6/handling-complaints'] },
  { locale: 'zh-CN', query: '蓝图', mustFind: ['m2/benchmarking-and-blueprint'], mustNotFind: ['m5/types-of-loyalty'] },
  { locale: 'zh-CN', query: '忠诚', mustFind: ['m5/what-loyalty-is', 'm5/types-of-loyalty'] },
  { locale: 'zh-CN', query: '4C', mustFind: ['m1/from-4p-to-4c'] },
  // Absent from every lesson: any result is a false match.
  { locale: 'zh-CN', query: '区块链', mustFind: [], nothing: true },
  // Only ever the seam of two words (客户|满意, in 14 lessons): any result is a false match.
  { locale: 'zh-CN', query: '户满', mustFind: [], nothing: true },
  { locale: 'en', query: 'yogurt', mustFind: ['m6/handling-complaints'] },
  { locale: 'en', query: 'blueprint', mustFind: ['m2/benchmarking-and-blueprint'], mustNotFind: ['m5/types-of-loyalty'] },
  { locale: 'en', query: 'Dick Basu', mustFind: ['m5/types-of-loyalty'] },
  { locale: 'en', query: 'complaint', mustFind: ['m6/handling-complaints'] },
  { locale: 'en', query: 'blockchain', mustFind: [], nothing: true },
];
