# Third one-off patch (already applied): more paragraphs for bodies still under 300 characters.
import os
HERE = os.path.dirname(os.path.abspath(__file__))
ADD = {
 'pages_news.py': [
  ('不少摄影爱好者专程赶来，在观景台上等待晨雾散去。', '景区提醒游客错峰出行。'),
  ('可拨打12345热线反映。', '大桥日均通行车辆约4万辆次。'),
 ],
 'pages_other.py': [
  ('老板还送了我一小瓶自家做的辣椒酱。', '下次来凯里，我还要再吃一次。'),
  ('我就一直陪她们踢下去。”他说。', '今年秋季学期，球队还将迎来新的队员。'),
  ('赏完花还可以留下来看夜景。', '青秀山景区门票为20元，60岁以上老人凭身份证免票。'),
  ('粉丝已超过20万。', '她说，希望有一天能带着采茶戏走出江西，到更大的舞台上演出。'),
  ('各村还将推出避暑、研学等特色活动。', '具体信息可关注“黔东南发布”获取。'),
  ('实现积分线上查询、兑换。', '让更多村民参与进来。'),
  ('并对外省游客实行景区门票优惠。', '市民游客可通过“一码游贵州”平台预订。'),
  ('将实现1小时通达。', '区域一体化正在提速。'),
  ('夜游项目将持续至10月。', '银滩景区夜间免费开放，游客可通过“北海旅游”小程序查询活动安排。'),
  ('每年有2000余名学生选修。', '获奖学生将获得学校表彰奖励。'),
  ('造福更多患者。', '目前患者恢复良好。'),
  ('已排查整改用电隐患300余处。', '当地果农纷纷为供电员工点赞。'),
  ('市民可免费预约参观。', '展览开放时间为每天9:00至17:00，周一闭馆，观众可通过重庆美术馆微信公众号预约。'),
 ],
}
for fn, adds in ADD.items():
    s = open(os.path.join(HERE, fn), encoding='utf-8').read()
    for anchor, new in adds:
        if new in s: continue
        q = "'" if s.count(anchor + "'") == 1 else '"'
        key = anchor + q
        assert s.count(key) == 1, (fn, anchor, s.count(key))
        s = s.replace(key, key + ", " + q + new + q)
    open(os.path.join(HERE, fn), 'w', encoding='utf-8').write(s)
print('patched')
