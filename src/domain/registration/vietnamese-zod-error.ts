import type { z } from 'zod/mini'

/**
 * Fallback messages for schema checks that carry no message of their own, so no English zod text ever
 * reaches a collector. Pass as `schema.safeParse(x, { error: vietnameseZodError })`; a message written on
 * the schema still wins.
 */
export const vietnameseZodError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Thiếu thông tin bắt buộc' : 'Sai kiểu dữ liệu'
    case 'too_small':
      return issue.origin === 'string'
        ? `Cần ít nhất ${String(issue.minimum)} ký tự`
        : issue.origin === 'array'
          ? `Cần ít nhất ${String(issue.minimum)} mục`
          : `Giá trị nhỏ nhất là ${String(issue.minimum)}`
    case 'too_big':
      return issue.origin === 'string'
        ? `Tối đa ${String(issue.maximum)} ký tự`
        : issue.origin === 'array'
          ? `Tối đa ${String(issue.maximum)} mục`
          : `Giá trị lớn nhất là ${String(issue.maximum)}`
    case 'invalid_format':
      return 'Sai định dạng'
    case 'not_multiple_of':
      return `Phải là bội số của ${String(issue.divisor)}`
    case 'unrecognized_keys':
      return 'Có trường không được phép'
    default:
      return 'Giá trị không hợp lệ'
  }
}
