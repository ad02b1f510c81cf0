"""Tests of derive.py on hand-written ECDICT rows (the csv's word, translation, bnc and frq columns, the translation's
lines separated by a literal backslash-n) and a hand-written CC-CEDICT table. Run: python3 -m unittest discover -s
tools/ecdict"""
import unittest

from derive import derive, merge


def row(word, translation, bnc=0, frq=0):
    return {'word': word, 'translation': translation, 'bnc': str(bnc), 'frq': str(frq)}


ROWS = [
    row('deadlock', 'n. 僵局, 停顿\\nv. (使)停顿, (使)相持不下\\n[计] 死锁', 9000, 8000),
    row('tracing', 'n. 描摹, 描图, 追踪\\n[计] 跟踪', 9000, 8000),
    row('plugin', 'n. 相关插件；插件'),
    row('plug-in', 'a. 插入式的, 带插头接点的\\n[计] 插入, 可拆卸的'),
    row('global lock', '[计] 全局锁'),
    row('middleware', 'n. [计]中间设备,中间件'),
    row('dependency', 'n. 属国, 保护地, 从属物\\n[医] 从属, 从属部', 5000, 4000),
    row('isolation', 'n. 隔绝, 孤立, 隔离\\n[化] 分离; 生物分离', 3000, 3000),
    row('Hood', '[人名] 胡德', 900, 900),
    row('lock', 'n. 锁, 刹车\\nvt. 锁上\\n[网络] 锁定', 800, 700),
    row('rare word', 'n. 罕见词语, 冷僻字'),
    row('data center', '[电] 资料中心'),
    row('startup', '[计] 启动'),
    row('a very long phrase', '[计] 长短语'),
]
CEDICT = {
    'deadlock': ['死锁', '僵局', '死局'],
    'startup': ['初创'],
    'plug in': ['外插', '插件'],
    'lock': ['上锁', '锁定'],
    'word': ['冷僻字'],
}


class DeriveTest(unittest.TestCase):
    def setUp(self):
        self.ecdict = derive(ROWS)
        self.full = merge(self.ecdict, CEDICT, 'full')
        self.computing = merge(self.ecdict, CEDICT, 'computing')

    def test_computing_senses_first_then_the_first_line_then_the_others(self):
        self.assertEqual(self.ecdict['tracing'][:2], (['跟踪'], ['描摹', '描图', '追踪']))
        self.assertEqual(self.ecdict['deadlock'][:2], (['死锁'], ['僵局', '停顿', '相持不下']))
        self.assertEqual(self.ecdict['middleware'][0], ['中间设备', '中间件'])

    def test_far_domains_single_characters_and_parentheticals_are_dropped(self):
        self.assertEqual(self.ecdict['dependency'][:2], ([], ['属国', '保护地', '从属物']))
        self.assertEqual(self.ecdict['isolation'][:2], ([], ['隔绝', '孤立', '隔离']))
        self.assertNotIn('锁', self.ecdict['lock'][1])
        self.assertIn('锁定', self.ecdict['lock'][1])

    def test_keys_as_the_cedict_derivation_makes_them(self):
        self.assertNotIn('hood', self.ecdict)
        self.assertNotIn('a very long phrase', self.ecdict)
        self.assertEqual(self.ecdict['plug in'][:2], (['插入', '可拆卸的'], ['插入式的', '带插头接点的']))
        self.assertIn('global lock', self.ecdict)

    def test_merge_puts_computing_senses_then_cedict_then_the_others(self):
        self.assertEqual(self.full['deadlock'], ['死锁', '僵局', '死局', '停顿', '相持不下'])
        self.assertEqual(self.full['startup'], ['启动', '初创'])
        self.assertEqual(self.full['plug in'], ['插入', '可拆卸的', '外插', '插件', '插入式的', '带插头接点的'])

    def test_computing_merge_adds_only_computing_senses(self):
        self.assertEqual(self.computing['deadlock'], ['死锁', '僵局', '死局'])
        self.assertEqual(self.computing['lock'], CEDICT['lock'])
        self.assertNotIn('isolation', self.computing)
        self.assertEqual(self.computing['global lock'], ['全局锁'])

    def test_a_rare_word_keeps_only_senses_cedict_has_as_headwords(self):
        self.assertEqual(self.full['plugin'], ['插件'])
        self.assertEqual(self.full['rare word'], ['冷僻字'])
        # Technical, though rare: all its senses.
        self.assertEqual(self.full['data center'], ['资料中心'])

    def test_at_most_twelve_headwords_a_key(self):
        many = derive([row('term', '[计] ' + ', '.join('术语' + chr(0x4e00 + i) for i in range(20)))])
        self.assertEqual(len(merge(many, {}, 'full')['term']), 12)


if __name__ == '__main__':
    unittest.main()
