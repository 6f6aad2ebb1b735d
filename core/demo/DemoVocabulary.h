// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <cstddef>

/**
 * What the demo generator and the benchmark's bulk generator draw from: one deterministic random source and the
 * same name, region and street lists, so both make the same kind of people.
 */
namespace caredesk::core::demo {

/** SplitMix64: tiny, fast and the same everywhere. */
class Rng final {
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /** Uniform in [0, n). */
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    /** A count whose average is @p perThousand / 1000. */
    int around(int perThousand)
    {
        const int whole = perThousand / 1000;
        return (whole > 0 ? below(2 * whole + 1) : 0) + (below(1000) < perThousand % 1000 ? 1 : 0);
    }
    template <typename T, std::size_t N> const T &pick(const std::array<T, N> &items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(N)))];
    }

private:
    quint64 m_state;
};

inline constexpr std::array<const char *, 40> surnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                                                       "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
                                                       "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
                                                       "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "欧阳"};
inline constexpr std::array<const char *, 60> givenChars{
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
    "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "萍", "红", "建", "文", "辉",
    "鹏", "宇", "浩", "婷", "雪", "琳", "晨", "欣", "佳", "怡", "子", "涵", "轩", "梓", "博",
    "思", "雨", "嘉", "俊", "峰", "慧", "颖", "瑶", "凯", "斌", "志", "海", "春", "兰", "燕"};
inline constexpr std::array<const char *, 24> englishFirst{
    "Mary",  "John",   "Linda", "David", "Susan", "James",   "Emily", "Daniel", "Grace", "Peter", "Alice", "Thomas",
    "Helen", "Robert", "Laura", "Kevin", "Sarah", "Michael", "Anna",  "Mark",   "Julia", "Paul",  "Emma",  "George"};
inline constexpr std::array<const char *, 20> englishLast{
    "Smith", "Johnson", "Brown",  "Taylor", "Miller", "Wilson", "Moore", "Clark",  "Walker", "Young",
    "Allen", "King",    "Wright", "Scott",  "Green",  "Baker",  "Adams", "Nelson", "Hill",   "Campbell"};
struct Region {
    const char *name;
    const char *areaCode;
    const char *idPrefix;
};
inline constexpr std::array<Region, 14> regions{{{"北京市朝阳区", "010", "110105"},
                                                 {"北京市海淀区", "010", "110108"},
                                                 {"北京市东城区", "010", "110101"},
                                                 {"北京市西城区", "010", "110102"},
                                                 {"上海市浦东新区", "021", "310115"},
                                                 {"上海市徐汇区", "021", "310104"},
                                                 {"上海市静安区", "021", "310106"},
                                                 {"广州市天河区", "020", "440106"},
                                                 {"广州市越秀区", "020", "440104"},
                                                 {"深圳市南山区", "0755", "440305"},
                                                 {"深圳市福田区", "0755", "440304"},
                                                 {"杭州市西湖区", "0571", "330106"},
                                                 {"成都市武侯区", "028", "510107"},
                                                 {"南京市鼓楼区", "025", "320106"}}};
inline constexpr std::array<const char *, 12> streets{"建国路",   "中关村大街", "长安街",   "世纪大道",
                                                      "淮海中路", "天河路",     "深南大道", "文三路",
                                                      "人民南路", "中山路",     "解放路",   "和平里"};

} // namespace caredesk::core::demo
