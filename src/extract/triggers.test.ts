import { describe, expect, it } from 'vitest';
import { tokenize } from '../model/text-normalize.ts';
import { findTriggers } from './triggers.ts';

const kinds = (text: string, language: 'ar' | 'en' | 'ru') =>
  findTriggers(tokenize(text), language).map((t) => `${t.rule.kind}${t.rule.future ? '+future' : ''}`);

describe('trigger words: calls, meetings and statements in three languages', () => {
  it.each([
    // Calls.
    ['أجرى الرئيس اتصالاً هاتفياً مع نظيره', 'ar', ['call']],
    ['وبحث لافروف مع الشيباني هاتفياً', 'ar', ['call']],
    ['تلقى الرئيس مكالمة من نظيره', 'ar', ['call']],
    ['أجرى اتصالين هاتفيين مع نظيريه', 'ar', ['call']],
    ['Lavrov spoke by phone with Fidan', 'en', ['call']],
    ['Erdogan received a phone call from Putin', 'en', ['call']],
    ['Путин и Трамп провели телефонный разговор', 'ru', ['call']],
    // Meetings, receptions and visits.
    ['والتقى بوجدانوف مع الشرع', 'ar', ['meeting']],
    ['استقبل الرئيس وزير الخارجية', 'ar', ['meeting']],
    ['اجتمع الوزيران في الرياض', 'ar', ['meeting']],
    ['زار الوزير دمشق', 'ar', ['meeting']],
    ['Sisi received King Abdullah', 'en', ['meeting']],
    ['Rubio met Lavrov and visited Riyadh', 'en', ['meeting', 'meeting']],
    ['Эрдоган принял министра', 'ru', ['meeting']],
    ['Министр встретился с коллегой и посетил Москву', 'ru', ['meeting', 'meeting']],
    // Statements, interviews, readouts, continuations.
    ['قال الوزير إن', 'ar', ['statement']],
    ['وصرح المتحدث بأن', 'ar', ['statement']],
    ['وأكد الرئيس على', 'ar', ['statement']],
    ['وقال في مقابلة مع صحيفة', 'ar', ['statement', 'interview']],
    ['وأضاف الوزير', 'ar', ['continuation']],
    ['ووفقاً لبيان الرئاسة', 'ar', ['readout', 'readout']],
    ['Araghchi told reporters', 'en', ['interview']],
    ['the ministry said in a statement', 'en', ['statement', 'readout']],
    ['Песков заявил в интервью', 'ru', ['statement', 'interview']],
    ['Он также сообщил', 'ru', ['continuation']],
  ] as const)('%s', (text, language, expected) => {
    expect(kinds(text, language)).toEqual(expected);
  });

  it('marks the forms that speak of the future', () => {
    expect(kinds('سيزور الوزير القاهرة', 'ar')).toEqual(['meeting+future']);
    expect(kinds('سيلتقي الرئيس نظيره', 'ar')).toEqual(['meeting+future']);
    expect(kinds('Фидан посетит Москву', 'ru')).toEqual(['meeting+future']);
  });

  it('needs the verb before a bare noun, and no object that makes it another act', () => {
    // "الاتصال" alone is "communication": only after أجرى, تلقى or جرى is it a call.
    expect(kinds('دائرة الاتصال في الرئاسة', 'ar')).toEqual([]);
    expect(kinds('أجرى الرئيس اتصالا مع', 'ar')).toEqual(['call']);
    // "принял решение" is a decision, not a reception.
    expect(kinds('Президент принял решение', 'ru')).toEqual([]);
    // A phone number is not a phone call.
    expect(kinds('على رقم هاتف الوزارة', 'ar')).toEqual([]);
  });
});
